# case: histogram of fired show cues via one_hot with a fixed number of cue types -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_CUE_TYPES = 32


class CueHistogram(nn.Cell):
    def __init__(self, n_cue_types=N_CUE_TYPES, emb=8):
        super().__init__()
        self.n_cue_types = n_cue_types
        self.table = ms.Parameter(Tensor(np.random.randn(n_cue_types, emb).astype(np.float32)), name="cue_table")
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, cue_ids):
        hot = ops.one_hot(cue_ids, self.n_cue_types, self.on, self.off)
        counts = hot.sum(axis=0)
        present = ops.minimum(counts, 1.0)
        return ops.matmul(present.reshape(1, -1), self.table).reshape(-1), counts


def make():
    np.random.seed(18)
    cues = np.random.randint(0, N_CUE_TYPES, size=(40,)).astype(np.int32)
    return CueHistogram(), (Tensor(cues),)
