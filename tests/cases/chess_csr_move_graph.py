# case: move-graph propagation multiplies a CSR adjacency of knight moves by square features to spread control values -> CSRTensor sparse matmul in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def knight_adjacency():
    indptr, indices = [0], []
    for sq in range(64):
        r, c = divmod(sq, 8)
        for dr, dc in [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]:
            rr, cc = r + dr, c + dc
            if 0 <= rr < 8 and 0 <= cc < 8:
                indices.append(rr * 8 + cc)
        indptr.append(len(indices))
    return np.array(indptr, np.int32), np.array(indices, np.int32)


class KnightControl(nn.Cell):
    def __init__(self, feat=4):
        super().__init__()
        self.proj = nn.Dense(feat, 1)

    def construct(self, indptr, indices, values, square_feat):
        adj = ms.CSRTensor(indptr, indices, values, (64, 64))
        spread = adj.mv(square_feat[:, 0:1])
        return self.proj(square_feat).reshape(-1) + spread.reshape(-1)


def make():
    np.random.seed(17)
    indptr, indices = knight_adjacency()
    vals = Tensor(np.ones(indices.shape[0], dtype=np.float32))
    feat = Tensor(np.random.rand(64, 4).astype(np.float32))
    return KnightControl(), (Tensor(indptr), Tensor(indices), vals, feat)
