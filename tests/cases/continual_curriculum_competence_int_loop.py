# case: competence-based curriculum computes the number of easy buckets with int() on a tensor and loops over them -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompetenceCurriculum(nn.Cell):
    """Platanios et al. competence c(t) = sqrt(t*(1-c0^2)/T + c0^2); buckets sorted easy→hard."""

    def __init__(self, num_buckets=5, dim=4, c0=0.1, total_steps=500):
        super().__init__()
        self.num_buckets = num_buckets
        self.c0 = c0
        self.total_steps = total_steps
        self.scorer = nn.Dense(dim, 1)

    def competence(self, step):
        t = step.astype(ms.float32)
        return ops.minimum(ops.sqrt(t * (1 - self.c0 ** 2) / self.total_steps + self.c0 ** 2), 1.0)

    def construct(self, buckets, step):
        n_open = int(self.competence(step) * self.num_buckets) + 1
        total = ops.zeros((), ms.float32)
        for b in range(n_open):
            total = total + self.scorer(buckets[b]).mean()
        return total / n_open


def make():
    np.random.seed(0)
    buckets = Tensor(np.random.randn(5, 3, 4).astype(np.float32))
    return CompetenceCurriculum(), (buckets, Tensor(120, ms.int32))
