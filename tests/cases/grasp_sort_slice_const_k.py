# case: sorts antipodal grasp scores descending and slices the first k with k from the constructor, gathering their widths -> constant slice bounds, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AntipodalRanker(nn.Cell):
    def __init__(self, keep=4):
        super().__init__()
        self.keep = keep

    def antipodal_score(self, n1, n2):
        return -(n1 * n2).sum(axis=-1)

    def construct(self, normals_a, normals_b, widths):
        s = self.antipodal_score(normals_a, normals_b)
        sorted_s, order = ops.sort(s, descending=True)
        top_idx = order[:self.keep]
        return sorted_s[:self.keep], ops.gather(widths, top_idx, 0)


def make():
    np.random.seed(34)
    a = np.random.randn(14, 3).astype(np.float32)
    b = np.random.randn(14, 3).astype(np.float32)
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    w = Tensor((np.random.rand(14) * 0.08).astype(np.float32))
    return AntipodalRanker(), (Tensor(a), Tensor(b), w)
