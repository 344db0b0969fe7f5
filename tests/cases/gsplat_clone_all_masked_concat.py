# case: densifies by concatenating a copy of every gaussian whose clone flag is applied as a mask (non-cloned copies get opacity -inf logit), keeping shape 2N -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedShapeCloner(nn.Cell):
    def __init__(self, grad_threshold=0.0002, dead_logit=-30.0):
        super().__init__()
        self.grad_threshold = grad_threshold
        self.dead_logit = dead_logit

    def construct(self, means, opacity_logits, avg_grad, step_dir):
        clone = (avg_grad >= self.grad_threshold).astype(means.dtype).expand_dims(-1)
        new_means = means + clone * step_dir
        new_logits = clone * opacity_logits + (1.0 - clone) * self.dead_logit
        means_out = ops.concat([means, new_means], axis=0)
        logits_out = ops.concat([opacity_logits, new_logits], axis=0)
        return means_out, logits_out


def make():
    np.random.seed(39)
    means = Tensor(np.random.randn(10, 3).astype(np.float32))
    logits = Tensor(np.random.uniform(-3, 3, (10, 1)).astype(np.float32))
    g = Tensor(np.random.uniform(0, 0.0004, (10,)).astype(np.float32))
    step = Tensor(np.random.randn(10, 3).astype(np.float32) * 0.01)
    return FixedShapeCloner(), (means, logits, g, step)
