# case: jit function drops grasps that collide using boolean-mask indexing, then takes the top-3 remaining scores -> boolean-mask indexing makes the topk input dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def best_free_grasps(scores, collides):
    free_scores = scores[ops.logical_not(collides)]
    top_vals, top_idx = ops.topk(free_scores, 3)
    return top_vals, top_idx


def make():
    np.random.seed(22)
    scores = Tensor(np.random.rand(15).astype(np.float32))
    collides = np.zeros(15, dtype=bool)
    collides[[1, 4, 9]] = True
    return best_free_grasps, (scores, Tensor(collides))
