# case: an @ms.jit route helper finds the steepest segment index with .item() and slices a 10-point window after it -> jit function slicing at a data-derived start
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def steepest_window(elev, dist):
    grade = (elev[1:] - elev[:-1]) / (dist[1:] - dist[:-1] + 1e-3)
    start = ops.argmax(grade).item()
    window = grade[start:start + 10]
    return window.mean() * 100.0


def make():
    np.random.seed(181)
    dist = np.linspace(0, 8000, 200).astype(np.float32)
    elev = (100 + 50 * np.sin(dist / 900) + np.random.normal(0, 0.5, 200)).astype(np.float32)
    elev[60:80] += np.linspace(0, 30, 20).astype(np.float32)
    return steepest_window, (Tensor(elev), Tensor(dist))
