# case: @ms.jit function measuring stereotypic pacing by taking the step lengths where the animal is along the fence, with a boolean index -> boolean-mask indexing inside jit, Graph mode dynamic or error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def fence_pacing_score(xy, fence_dist):
    steps = ops.sqrt(((xy[1:] - xy[:-1]) ** 2).sum(axis=1))
    near_fence = fence_dist[1:] < 1.5
    fence_steps = steps[near_fence]
    return fence_steps.std() / (fence_steps.mean() + 1e-6)


def make():
    np.random.seed(201)
    xy = np.cumsum(np.random.randn(80, 2), axis=0).astype(np.float32)
    dist = np.abs(np.random.randn(80) * 2.0).astype(np.float32)
    return fence_pacing_score, (Tensor(xy), Tensor(dist))
