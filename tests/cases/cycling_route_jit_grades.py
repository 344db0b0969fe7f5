# case: an @ms.jit route helper computes smoothed grades with a fixed 10-sample moving window and returns the max -> jit function with constant sizes, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


WINDOW = 10


@ms.jit
def max_rolling_grade(elev, dist):
    grade = (elev[1:] - elev[:-1]) / (dist[1:] - dist[:-1] + 1e-3)
    k = ops.ones((1, 1, WINDOW), ms.float32) / WINDOW
    rolled = ops.conv1d(grade.reshape(1, 1, -1), k).reshape(-1)
    return rolled.max() * 100.0, ops.argmax(rolled)


def make():
    np.random.seed(182)
    dist = np.linspace(0, 8000, 200).astype(np.float32)
    elev = (100 + 60 * np.sin(dist / 1000) + np.random.normal(0, 0.5, 200)).astype(np.float32)
    return max_rolling_grade, (Tensor(elev), Tensor(dist))
