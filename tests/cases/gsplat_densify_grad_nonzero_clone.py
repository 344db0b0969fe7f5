# case: finds gaussians whose accumulated view-space gradient exceeds a threshold with nonzero and clones them by gather+concat -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradDensifier(nn.Cell):
    def __init__(self, grad_threshold=0.0002, percent_dense=0.01, scene_extent=4.0):
        super().__init__()
        self.grad_threshold = grad_threshold
        self.size_limit = percent_dense * scene_extent

    def select_for_clone(self, grad_accum, denom, log_scales):
        avg_grad = grad_accum / ops.clamp(denom, min=1.0)
        grad_ok = ops.norm(avg_grad, dim=-1) >= self.grad_threshold
        small = ops.exp(log_scales).max(axis=1) <= self.size_limit
        return ops.nonzero(ops.logical_and(grad_ok, small)).squeeze(-1)

    def construct(self, means, log_scales, grad_accum, denom):
        idx = self.select_for_clone(grad_accum, denom, log_scales)
        new_means = ops.gather(means, idx, 0)
        new_scales = ops.gather(log_scales, idx, 0)
        means = ops.concat([means, new_means], axis=0)
        log_scales = ops.concat([log_scales, new_scales], axis=0)
        return means, log_scales


def make():
    np.random.seed(2)
    means = Tensor(np.random.randn(20, 3).astype(np.float32))
    log_scales = Tensor(np.random.uniform(-6, -2, (20, 3)).astype(np.float32))
    grad_accum = Tensor(np.random.uniform(0, 0.01, (20, 2)).astype(np.float32))
    denom = Tensor(np.random.randint(0, 20, (20, 1)).astype(np.float32))
    return GradDensifier(), (means, log_scales, grad_accum, denom)
