# case: jit function computing Shewhart control limits (mean +/- 3 sigma) for a batch of measurements and flagging out-of-control points with ops.where -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


SIGMA_K = 3.0


@ms.jit
def control_chart(measurements, target):
    mu = measurements.mean(axis=0, keep_dims=True)
    sd = measurements.std(axis=0, keepdims=True)
    ucl = mu + SIGMA_K * sd
    lcl = mu - SIGMA_K * sd
    out = ops.logical_or(measurements > ucl, measurements < lcl)
    dev = ops.where(out, measurements - target, ops.zeros_like(measurements))
    n_out = out.astype(ms.float32).sum(axis=0)
    return ucl, lcl, dev, n_out


def make():
    np.random.seed(37)
    m = Tensor((10.0 + np.random.randn(25, 3)).astype(np.float32))
    target = Tensor(np.full((1, 3), 10.0, np.float32))
    return control_chart, (m, target)
