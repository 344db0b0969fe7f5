# case: jit function applies a batched Elo rating update from expected scores and match results with a Python float k-factor -> pure elementwise arithmetic, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

K_FACTOR = 24.0


def expected_score(r_a, r_b):
    return 1.0 / (1.0 + ops.pow(10.0, (r_b - r_a) / 400.0))


@ms.jit
def elo_update(rating_a, rating_b, result_a):
    e_a = expected_score(rating_a, rating_b)
    new_a = rating_a + K_FACTOR * (result_a - e_a)
    new_b = rating_b + K_FACTOR * ((1.0 - result_a) - (1.0 - e_a))
    return new_a, new_b


def make():
    np.random.seed(39)
    ra = Tensor((1500 + np.random.randn(8) * 100).astype(np.float32))
    rb = Tensor((1500 + np.random.randn(8) * 100).astype(np.float32))
    res = Tensor(np.random.randint(0, 2, size=8).astype(np.float32))
    return elo_update, (ra, rb, res)
