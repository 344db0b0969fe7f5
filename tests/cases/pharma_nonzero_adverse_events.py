# case: finds patients with a serious adverse event via ops.nonzero and gathers their exposure rows -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeriousAEExtractor(nn.Cell):
    def __init__(self, grade_cutoff=3):
        super().__init__()
        self.grade_cutoff = grade_cutoff

    def serious_rows(self, grades):
        worst = grades.max(axis=1)
        return ops.nonzero(worst >= self.grade_cutoff).squeeze(-1)

    def construct(self, grades, exposure):
        # grades: (patients, events) CTCAE grades; exposure: (patients, drugs) mg/day
        idx = self.serious_rows(grades)
        serious_exposure = ops.gather(exposure, idx, 0)
        return serious_exposure.mean(axis=0)


def make():
    np.random.seed(11)
    grades = np.random.randint(0, 5, size=(10, 4)).astype(np.int32)
    exposure = np.random.uniform(0, 100, size=(10, 3)).astype(np.float32)
    return SeriousAEExtractor(), (Tensor(grades), Tensor(exposure))
