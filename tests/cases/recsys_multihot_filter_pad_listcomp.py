# case: multi-hot genre field pooled per example by iterating the rows and filtering padding ids with a list comprehension before summing -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenrePooling(nn.Cell):
    def __init__(self, n_genres=20, dim=6, pad_id=0):
        super().__init__()
        self.emb = nn.Embedding(n_genres, dim)
        self.pad_id = pad_id
        self.dim = dim

    def pool_row(self, row):
        kept = [self.emb(g) for g in row if g != self.pad_id]
        if len(kept) == 0:
            return ops.zeros((self.dim,), ms.float32)
        return ops.stack(kept).mean(axis=0)

    def construct(self, genre_ids):
        pooled = [self.pool_row(row) for row in genre_ids]
        return ops.stack(pooled)


class MovieTower(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.genres = GenrePooling(dim=dim)
        self.movie = nn.Embedding(30, dim)
        self.out = nn.Dense(2 * dim, dim)

    def construct(self, movie_ids, genre_ids):
        return self.out(ops.concat((self.movie(movie_ids), self.genres(genre_ids)), axis=-1))


def make():
    np.random.seed(15)
    movies = Tensor(np.random.randint(0, 30, size=(3,)).astype(np.int32))
    genres = Tensor(np.array([[3, 5, 0, 0], [7, 0, 0, 0], [1, 2, 9, 4]], dtype=np.int32))
    return MovieTower(), (movies, genres)
