# case: UCB selection reads exploration constants from an @ms.jit_class config object built in __init__ and only read in construct -> jit_class attribute reads, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class PUCTConfig:
    def __init__(self, c_base=19652.0, c_init=1.25):
        self.c_base = c_base
        self.c_init = c_init


class PUCTSelector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = PUCTConfig()

    def construct(self, q, prior, child_visits, parent_visits):
        c = ops.log((parent_visits + self.cfg.c_base + 1.0) / self.cfg.c_base) + self.cfg.c_init
        u = c * prior * ops.sqrt(parent_visits) / (1.0 + child_visits)
        score = q + u
        return ops.argmax(score, dim=-1), score


def make():
    np.random.seed(20)
    n = 20
    q = Tensor(np.random.uniform(-1, 1, n).astype(np.float32))
    p = np.random.rand(n).astype(np.float32)
    prior = Tensor(p / p.sum())
    visits = Tensor(np.random.randint(0, 30, n).astype(np.float32))
    return PUCTSelector(), (q, prior, visits, Tensor(np.float32(visits.asnumpy().sum())))
