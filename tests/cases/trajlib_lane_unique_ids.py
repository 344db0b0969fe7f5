# case: map tokenizer deduplicates lane segment ids with ops.unique and embeds each distinct lane once -> unique output size from data, expect dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_LANE_TYPES = 64


class LaneTokenizer(nn.Cell):
    def __init__(self, hidden_size=32, dedupe=True):
        super().__init__()
        self.dedupe = dedupe
        self.embed = nn.Embedding(NUM_LANE_TYPES, hidden_size)
        self.proj = nn.Dense(hidden_size, hidden_size)

    def construct(self, lane_ids, lane_feats):
        if self.dedupe:
            uniq, inverse = ops.unique(lane_ids)
            tok = self.proj(self.embed(uniq))
            tok = tok[inverse]
        else:
            tok = self.proj(self.embed(lane_ids))
        return tok + lane_feats


def make():
    np.random.seed(9)
    ids = Tensor(np.array([3, 5, 3, 7, 9, 5, 12, 3], dtype=np.int32))
    feats = Tensor(np.random.randn(8, 32).astype(np.float32))
    return LaneTokenizer(), (ids, feats)
