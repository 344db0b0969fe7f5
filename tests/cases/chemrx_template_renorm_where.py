# case: template scorer zeroes invalid or low-probability templates with ops.where and renormalises over the full template axis -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemplateScorer(nn.Cell):
    def __init__(self, fp_dim=16, n_templates=10, min_prob=0.05):
        super().__init__()
        self.head = nn.Dense(fp_dim, n_templates)
        self.min_prob = min_prob
        self.eps = 1e-8

    def keep_mask(self, probs, valid):
        return ops.logical_and(probs > self.min_prob, valid > 0)

    def construct(self, product_fp, valid):
        probs = ops.softmax(self.head(product_fp), axis=-1).squeeze(0)
        keep = self.keep_mask(probs, valid)
        kept = ops.where(keep, probs, ops.zeros_like(probs))
        return kept / (kept.sum() + self.eps), keep.astype(ms.int32)


def make():
    np.random.seed(13)
    fp = Tensor(np.random.randn(1, 16).astype(np.float32))
    valid = Tensor(np.array([1, 1, 0, 1, 1, 1, 0, 1, 1, 1], dtype=np.int32))
    return TemplateScorer(), (fp, valid)
