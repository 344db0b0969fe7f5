# case: reports a fixed number of best motif hits per sequence with topk(k from the constructor) and a validity mask for scores above threshold -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HitConfig:
    def __init__(self, max_hits=3, threshold=0.5, motif_len=4):
        self.max_hits = max_hits
        self.threshold = threshold
        self.motif_len = motif_len


class FixedTopHits(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else HitConfig()
        self.conv = nn.Conv1d(4, 1, cfg.motif_len, pad_mode="valid", has_bias=True)
        self.max_hits = cfg.max_hits
        self.threshold = cfg.threshold

    def construct(self, onehot):
        scores = ops.sigmoid(self.conv(onehot)).squeeze(1)
        top_scores, top_pos = ops.topk(scores, self.max_hits)
        valid = top_scores > self.threshold
        top_pos = ops.select(valid, top_pos, ops.full(top_pos.shape, -1, dtype=top_pos.dtype))
        return top_scores * valid.astype(ms.float32), top_pos, valid.astype(ms.int32).sum(axis=1)


def make():
    np.random.seed(17)
    seq = np.random.randint(0, 4, size=(2, 20))
    onehot = np.eye(4, dtype=np.float32)[seq].transpose(0, 2, 1)
    return FixedTopHits(HitConfig(max_hits=3)), (Tensor(onehot),)
