# case: count distinct lighting/servo cue ids fired in a show segment with ops.unique -> unique output length depends on data, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CueDeduplicator(nn.Cell):
    def __init__(self, n_cue_types=32, emb=8):
        super().__init__()
        self.table = nn.Embedding(n_cue_types, emb)

    def construct(self, cue_ids):
        uniq, _ = ops.unique(cue_ids)
        vecs = self.table(uniq)
        return vecs.sum(axis=0)


def make():
    np.random.seed(17)
    cues = np.random.randint(0, 32, size=(40,)).astype(np.int32)
    return CueDeduplicator(), (Tensor(cues),)
