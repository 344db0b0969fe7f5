# case: template scorer pulls scores to NumPy inside construct to drop templates failing a validity rule, then rebuilds a tensor -> host round trip in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemplateScorer(nn.Cell):
    def __init__(self, fp_dim=16, n_templates=10, min_prob=0.05):
        super().__init__()
        self.head = nn.Dense(fp_dim, n_templates)
        self.min_prob = min_prob

    def filter_valid(self, probs, valid):
        p = probs.asnumpy()
        v = valid.asnumpy()
        keep = np.where((p > self.min_prob) & (v > 0))[0]
        return Tensor(keep.astype(np.int32)), Tensor(p[keep])

    def construct(self, product_fp, valid):
        probs = ops.softmax(self.head(product_fp), axis=-1).squeeze(0)
        idx, kept = self.filter_valid(probs, valid)
        return idx, kept / kept.sum()


def make():
    np.random.seed(12)
    fp = Tensor(np.random.randn(1, 16).astype(np.float32))
    valid = Tensor(np.array([1, 1, 0, 1, 1, 1, 0, 1, 1, 1], dtype=np.int32))
    return TemplateScorer(), (fp, valid)
