# case: mirrors x coordinates of a left-handed signer's clip when the left hand is more confident, branching on a tensor but with both branches keeping the same shape -> tensor control flow, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DominantHandCanonicaliser(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flip = Tensor(np.array([-1.0, 1.0], np.float32))

    def construct(self, left, right):
        # left, right: (T, 21, 3) with conf in last channel
        left_conf = left[..., 2].mean()
        right_conf = right[..., 2].mean()
        if left_conf > right_conf:
            dom = left[..., :2] * self.flip
            other = right[..., :2] * self.flip
        else:
            dom = right[..., :2]
            other = left[..., :2]
        return ops.stack((dom, other), axis=1)


def make():
    np.random.seed(42)
    left = Tensor(np.random.rand(5, 21, 3).astype(np.float32))
    right = Tensor(np.random.rand(5, 21, 3).astype(np.float32))
    return DominantHandCanonicaliser(), (left, right)
