/**
 * Given names common for people born 1932–1961 and US surnames, so synthetic members read like a real
 * call queue — including the names that break naive code: O'Brien, Smith-Jones, De La Cruz, St. John.
 *
 * A data table, so it runs past the usual file length. Names are ASCII (Pena, Munoz) the way CMS files
 * carry them, which is also what the console's last-name search accepts.
 */

export interface NameGroup {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
  /** The language members of this group most often ask for besides English, and how often. */
  readonly language: readonly [string, number] | null;
}

const split = (names: string): readonly string[] => names.trim().split(/\s*,\s*/);

const GENERAL: NameGroup = {
  female: split(`Mary, Patricia, Linda, Barbara, Elizabeth, Jennifer, Susan, Margaret, Dorothy, Lisa, Nancy,
    Karen, Betty, Helen, Sandra, Donna, Carol, Ruth, Sharon, Michelle, Laura, Sarah, Kimberly, Deborah, Jessica,
    Shirley, Cynthia, Angela, Melissa, Brenda, Amy, Anna, Rebecca, Virginia, Kathleen, Pamela, Martha, Debra,
    Amanda, Stephanie, Carolyn, Christine, Marie, Janet, Catherine, Frances, Ann, Joyce, Diane, Alice, Julie,
    Heather, Teresa, Doris, Gloria, Evelyn, Jean, Cheryl, Mildred, Katherine, Joan, Ashley, Judith, Rose, Janice,
    Kelly, Nicole, Judy, Christina, Kathy, Theresa, Beverly, Denise, Tammy, Irene, Jane, Lori, Rachel, Marilyn,
    Andrea, Kathryn, Louise, Sara, Anne, Jacqueline, Wanda, Bonnie, Julia, Ruby, Lois, Tina, Phyllis, Norma, Paula,
    Diana, Annie, Lillian, Emily, Robin, Peggy, Crystal, Gladys, Rita, Dawn, Connie, Florence, Tracy, Edna, Tiffany,
    Carmen, Rosa, Cindy, Grace, Wendy, Victoria, Edith, Kim, Sherry, Sylvia, Josephine, Thelma, Shannon, Sheila,
    Ethel, Ellen, Elaine, Marjorie, Carrie, Charlotte, Monica, Esther, Pauline, Emma, Juanita, Anita, Rhonda, Hazel,
    Amber, Eva, Debbie, April, Leslie, Clara, Lucille, Jamie, Joanne, Eleanor, Valerie, Danielle, Megan, Alicia,
    Suzanne, Michele, Gail, Bertha, Darlene, Veronica, Jill, Erin, Geraldine, Lauren, Cathy, Joann, Lorraine, Lynn,
    Sally, Regina, Erica, Beatrice, Dolores, Bernice, Audrey, Yvonne, Annette, June, Marion, Dana, Stacy, Ana,
    Renee, Ida, Vivian, Roberta, Holly, Brittany, Melanie, Loretta, Yolanda, Jeanette, Laurie, Katie, Kristen,
    Vanessa, Alma, Sue, Elsie, Beth, Jeanne, Vicki, Carla, Tara, Rosemary, Eileen, Terri, Gertrude, Lucy, Tonya,
    Ella, Stacey, Wilma, Gina, Kristin, Jessie, Natalie, Agnes, Vera, Willie, Charlene, Bessie, Delores, Melinda,
    Pearl, Arlene, Maureen, Colleen, Allison, Tamara, Joy, Georgia, Constance, Lillie, Claudia, Jackie, Marcia,
    Tanya, Nellie, Minnie, Marlene, Heidi, Glenda, Lydia, Viola, Courtney, Marian, Stella, Caroline, Dora, Jo,
    Vickie, Mattie, Terry, Maxine, Irma, Mabel, Marsha, Myrtle, Lena, Christy, Deanna, Patsy, Hilda, Gwendolyn,
    Jennie, Nora, Margie, Nina, Cassandra, Leah, Penny, Kay, Priscilla, Naomi, Carole, Brandy, Olga, Billie,
    Dianne, Tracey, Leona, Jenny, Felicia, Sonia, Miriam, Velma, Becky, Bobbie, Violet, Kristina, Toni, Misty,
    Mae, Shelly, Daisy, Ramona, Sherri, Erika, Katrina, Claire`),
  male: split(`James, John, Robert, Michael, William, David, Richard, Charles, Joseph, Thomas, Christopher,
    Daniel, Paul, Mark, Donald, George, Kenneth, Steven, Edward, Brian, Ronald, Anthony, Kevin, Jason, Matthew,
    Gary, Timothy, Jose, Larry, Jeffrey, Frank, Scott, Eric, Stephen, Andrew, Raymond, Gregory, Joshua, Jerry,
    Dennis, Walter, Patrick, Peter, Harold, Douglas, Henry, Carl, Arthur, Ryan, Roger, Joe, Juan, Jack, Albert,
    Jonathan, Justin, Terry, Gerald, Keith, Samuel, Willie, Ralph, Lawrence, Nicholas, Roy, Benjamin, Bruce,
    Brandon, Adam, Harry, Fred, Wayne, Billy, Steve, Louis, Jeremy, Aaron, Randy, Howard, Eugene, Carlos, Russell,
    Bobby, Victor, Martin, Ernest, Phillip, Todd, Jesse, Craig, Alan, Shawn, Clarence, Sean, Philip, Chris, Johnny,
    Earl, Jimmy, Antonio, Danny, Bryan, Tony, Luis, Mike, Stanley, Leonard, Nathan, Dale, Manuel, Rodney, Curtis,
    Norman, Allen, Marvin, Vincent, Glenn, Jeffery, Travis, Jeff, Chad, Jacob, Lee, Melvin, Alfred, Kyle, Francis,
    Bradley, Jesus, Herbert, Frederick, Ray, Joel, Edwin, Don, Eddie, Ricky, Troy, Randall, Barry, Alexander,
    Bernard, Mario, Leroy, Francisco, Marcus, Micheal, Theodore, Clifford, Miguel, Oscar, Jay, Jim, Tom, Calvin,
    Alex, Jon, Ronnie, Bill, Lloyd, Tommy, Leon, Derek, Warren, Darrell, Jerome, Floyd, Leo, Alvin, Tim, Wesley,
    Gordon, Dean, Greg, Jorge, Dustin, Pedro, Derrick, Dan, Lewis, Zachary, Corey, Herman, Maurice, Vernon,
    Roberto, Clyde, Glen, Hector, Shane, Ricardo, Sam, Rick, Lester, Brent, Ramon, Charlie, Tyler, Gilbert, Gene,
    Marc, Reginald, Ruben, Brett, Angel, Nathaniel, Rafael, Leslie, Edgar, Milton, Raul, Ben, Chester, Cecil,
    Duane, Franklin, Andre, Elmer, Brad, Gabriel, Ron, Mitchell, Roland, Arnold, Harvey, Jared, Adrian, Karl, Cory,
    Claude, Erik, Darryl, Jamie, Neil, Jessie, Christian, Javier, Fernando, Clinton, Ted, Mathew, Tyrone, Darren,
    Lonnie, Lance, Cody, Julio, Kelly, Kurt, Allan, Nelson, Guy, Clayton, Hugh, Max, Dwayne, Dwight, Armando,
    Felix, Jimmie, Everett, Jordan, Ian, Wallace, Ken, Bob, Jaime, Casey, Alfredo, Alberto, Dave, Ivan, Johnnie,
    Sidney, Byron, Julian, Isaac, Morris, Clifton, Willard, Daryl, Ross, Virgil, Andy, Marshall, Salvador, Perry,
    Kirk, Sergio, Marion, Tracy, Seth, Kent, Terrance, Rene, Eduardo, Terrence, Enrique, Freddie, Wade`),
  last: split(`Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore,
    Martin, Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott,
    Hill, Green, Adams, Nelson, Baker, Hall, Campbell, Mitchell, Carter, Roberts, Phillips, Evans, Turner, Parker,
    Collins, Edwards, Stewart, Morris, Murphy, Cook, Rogers, Morgan, Cooper, Peterson, Bailey, Reed, Kelly, Howard,
    Cox, Ward, Richardson, Watson, Brooks, Wood, James, Bennett, Gray, Hughes, Price, Sanders, Myers, Long, Ross,
    Foster, Powell, Jenkins, Perry, Russell, Sullivan, Bell, Coleman, Butler, Henderson, Barnes, Fisher, Henry,
    Graham, Wallace, West, Cole, Hayes, Bryant, Gibson, Ellis, Stevens, Murray, Ford, Marshall, Owens, McDonald,
    Harrison, Kennedy, Wells, Alexander, Griffin, Hamilton, Simmons, Patterson, Jordan, Reynolds, Fox, Warren,
    Mason, Dixon, Hunt, Holmes, Palmer, Black, Robertson, Hunter, Olson, Larson, Hansen, Johansen, Lindqvist,
    Swanson, Nygaard, Schmidt, Schultz, Mueller, Becker, Hoffman, Wagner, Koch, Weber, Krueger, Novak, Kowalski,
    Wisniewski, Nowak, Kaminski, Lewandowski, Dombrowski, Jablonski, Romano, Russo, Esposito, Bianchi, Colombo,
    Ricci, Marino, Greco, Bruno, Gallo, Costa, Fontana, Conti, DeLuca, DiMaggio, O'Brien, O'Connor, O'Neil,
    O'Malley, O'Donnell, O'Reilly, O'Hara, D'Angelo, D'Amico, McCarthy, McLaughlin, McKenzie, McGuire, MacDonald,
    MacLeod, Fitzgerald, Gallagher, Kavanagh, Brennan, Donovan, Doyle, Quinn, Walsh, Byrne, Dunn, Lynch, Burke,
    Smith-Jones, Harper-Lee, Carter-Hughes, Wells-Brown, Baker-Thompson, St. John, St. Clair, Van Dyke, Van Buren,
    Vander Berg, Washington, Jefferson, Freeman, Banks, Tucker, Weaver, Hopkins, Lawson, Stephens, Gaines, Dawson,
    Pierce, Boyd, Fields, Harvey, Daniels, Holland, Burns, Chapman, Knight, Spencer, Little, Ray, Watkins, Wheeler,
    Lane, Andrews, Ruiz-Whitfield, Nakamura-Hayes, Underwood, Whitaker, Blackwell, Caldwell, Fuller, Hart, Mayfield`),
  language: null,
};

const HISPANIC: NameGroup = {
  female: split(`Maria, Carmen, Rosa, Ana, Guadalupe, Teresa, Juana, Margarita, Josefina, Dolores, Elena, Gloria,
    Luz, Esperanza, Yolanda, Alicia, Martha, Irma, Graciela, Leticia, Raquel, Silvia, Socorro, Consuelo, Beatriz,
    Ofelia, Lourdes, Marta, Mercedes, Pilar, Isabel, Lucia, Amparo, Norma, Rosario`),
  male: split(`Jose, Juan, Jesus, Manuel, Francisco, Luis, Carlos, Antonio, Pedro, Miguel, Rafael, Ramon, Jorge,
    Roberto, Ricardo, Alfredo, Armando, Ernesto, Arturo, Raul, Salvador, Fernando, Enrique, Javier, Guillermo,
    Ruben, Hector, Sergio, Alberto, Rogelio, Ignacio, Esteban, Gilberto, Joaquin, Eduardo`),
  last: split(`Garcia, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Perez, Sanchez, Ramirez, Torres, Flores,
    Rivera, Gomez, Diaz, Reyes, Morales, Cruz, Ortiz, Gutierrez, Chavez, Ramos, Ruiz, Alvarez, Mendoza, Castillo,
    Jimenez, Vasquez, Moreno, Romero, Herrera, Medina, Aguilar, Vargas, Guzman, Mendez, Munoz, Pena, Nunez,
    Ibarra, Salazar, Castaneda, Delgado, Fuentes, Cabrera, Espinoza, Soto, Contreras, Figueroa, Dominguez, Navarro,
    De La Cruz, De Leon, Del Rio, De Jesus, Garcia-Lopez, Rivera-Ortiz, Santiago, Velazquez, Serrano, Acosta`),
  language: ['Spanish', 0.45],
};

const ASIAN: NameGroup = {
  female: split(`Mei, Linh, Hoa, Mai, Lan, Yuki, Keiko, Sachiko, Hiroko, Young, Sun, Mi-Suk, Jin, Lily, Grace, Helen,
    Amy, Nancy, Maria, Rosario, Teresita, Leilani, Pualani, Priya, Lakshmi`),
  male: split(`Wei, Ming, Jian, Hung, Minh, Tuan, Hiroshi, Kenji, Takashi, Jae, Sung, Young, Raymond, David, Peter,
    Eddie, Jose, Rodolfo, Ernesto, Kalani, Keoni, Rajesh, Sanjay, Vijay`),
  last: split(`Nguyen, Tran, Le, Pham, Huynh, Vo, Chen, Wang, Li, Zhang, Liu, Wong, Chan, Lee, Kim, Park, Choi,
    Yamamoto, Tanaka, Nakamura, Watanabe, Sato, Santos, Reyes, Dela Cruz, Bautista, Mendoza, Kahale, Akana,
    Patel, Shah, Singh, Kaur`),
  language: null,
};

/** Name groups with their share of members; language preference follows the group, never the surname alone. */
export const PERSON_NAMES: readonly (readonly [NameGroup, number])[] = [
  [GENERAL, 74],
  [HISPANIC, 18],
  [ASIAN, 8],
];

/** Languages other than Spanish that a few members in any group prefer. */
export const OTHER_LANGUAGES: readonly string[] = ['Chinese', 'Vietnamese', 'Korean', 'Tagalog', 'Russian', 'Polish', 'Hmong', 'Somali'];
