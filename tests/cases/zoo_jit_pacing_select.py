# case: @ms.jit function measuring pacing along the fence with ops.select zeroing off-fence steps and masked mean/std -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def fence_pacing_score_masked(xy, fence_dist):
    steps = ops.sqrt(((xy[1:] - xy[:-1]) ** 2).sum(axis=1))
    near = fence_dist[1:] < 1.5
    w = ops.select(near, ops.ones_like(steps), ops.zeros_like(steps))
    n = w.sum() + 1e-6
    mean = (steps * w).sum() / n
    var = (((steps - mean) ** 2) * w).sum() / n
    return ops.sqrt(var) / (mean + 1e-6)


def make():
    np.random.seed(202)
    xy = np.cumsum(np.random.randn(80, 2), axis=0).astype(np.float32)
    dist = np.abs(np.random.randn(80) * 2.0).astype(np.float32)
    return fence_pacing_score_masked, (Tensor(xy), Tensor(dist))
