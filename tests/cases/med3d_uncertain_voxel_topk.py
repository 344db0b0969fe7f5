# case: selects the most uncertain voxels for active-learning review with topk whose k is a fraction of the voxels above an entropy threshold -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def voxel_entropy(prob, eps=1e-8):
    return -(prob * ops.log(prob + eps)).sum(axis=1)


class UncertainVoxelSelector(nn.Cell):
    def __init__(self, entropy_threshold=0.5, review_fraction=0.5):
        super().__init__()
        self.entropy_threshold = entropy_threshold
        self.review_fraction = review_fraction

    def construct(self, prob):
        # prob: (1, C, D, H, W) softmax output
        ent = voxel_entropy(prob).reshape(-1)
        n_uncertain = (ent > self.entropy_threshold).astype(ms.float32).sum()
        k = max(1, int(n_uncertain * self.review_fraction))
        values, indices = ops.topk(ent, k)
        return values.mean(), indices


def make():
    np.random.seed(0)
    logits = np.random.randn(1, 3, 5, 5, 5).astype(np.float32) * 2
    prob = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    return UncertainVoxelSelector(), (Tensor(prob.astype(np.float32)),)
