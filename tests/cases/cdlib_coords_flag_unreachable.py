# case: change post-processor can also return changed-pixel coordinates via ops.nonzero, but return_coords is False in the config and never set -> data-dependent op only in a branch on a constant False, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostConfig:
    def __init__(self, threshold=0.5, return_coords=False, min_prob=0.05):
        self.threshold = threshold
        self.return_coords = return_coords
        self.min_prob = min_prob


class CoordPostProcessor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.return_coords = config.return_coords
        self.min_prob = config.min_prob

    def _coords(self, binary):
        return ops.nonzero(binary[0, 0])

    def construct(self, prob):
        prob = ops.clamp(prob, self.min_prob, 1.0)
        binary = (prob > self.threshold).astype(ms.int32)
        outputs = (binary,)
        if self.return_coords:
            outputs = outputs + (self._coords(binary),)
        return outputs


def make():
    np.random.seed(49)
    prob = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    return CoordPostProcessor(PostConfig()), (prob,)
