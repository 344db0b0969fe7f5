# case: recommender builds a CSRTensor interaction matrix from fixed-size indptr/indices/values inputs in construct and multiplies by an item vector; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor

N_USERS, N_ITEMS = 3, 4


class UserScores(nn.Cell):
    def __init__(self):
        super().__init__()
        self.item_bias = ms.Parameter(Tensor(np.ones((N_ITEMS, 1), np.float32)), name="item_bias")

    def construct(self, indptr, indices, values, item_vec):
        inter = CSRTensor(indptr, indices, values, (N_USERS, N_ITEMS))
        scores = inter.mv(item_vec + self.item_bias)
        return ops.sigmoid(scores)


def make():
    indptr = Tensor(np.array([0, 1, 3, 4], np.int32))
    indices = Tensor(np.array([0, 1, 3, 2], np.int32))
    values = Tensor(np.array([1.0, 2.0, 0.5, 1.5], np.float32))
    vec = Tensor(np.ones((N_ITEMS, 1), np.float32))
    return UserScores(), (indptr, indices, values, vec)
