# case: rehearsal aligner builds a dense soft line-to-cue alignment with a scaled dot product and softmax -> plain dense ops, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineCueAligner(nn.Cell):
    def __init__(self, dim=16, temperature=0.5):
        super().__init__()
        self.q = nn.Dense(dim, dim, has_bias=False)
        self.k = nn.Dense(dim, dim, has_bias=False)
        self.temperature = temperature
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, line_emb, cue_emb):
        scores = ops.matmul(self.q(line_emb), self.k(cue_emb).transpose(1, 0))
        scores = scores / (self.temperature * (line_emb.shape[-1] ** 0.5))
        align = self.softmax(scores)
        best = align.argmax(axis=-1)
        return ops.matmul(align, cue_emb), best


def make():
    np.random.seed(92)
    lines = Tensor(np.random.rand(30, 16).astype(np.float32))
    cues = Tensor(np.random.rand(12, 16).astype(np.float32))
    return LineCueAligner(), (lines, cues)
