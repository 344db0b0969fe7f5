# case: deduplicates concomitant medication codes with a Python set built from tensor elements inside construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolypharmacyScore(nn.Cell):
    def __init__(self, n_meds=7, polypharmacy_cut=4):
        super().__init__()
        self.n_meds = n_meds
        self.cut = polypharmacy_cut

    def construct(self, med_codes):
        seen = set()
        for i in range(self.n_meds):
            seen.add(int(med_codes[i]))
        n_distinct = len(seen)
        flag = n_distinct >= self.cut
        return Tensor(n_distinct, ms.int32), Tensor(flag, ms.bool_)


def make():
    np.random.seed(31)
    meds = np.array([301, 455, 301, 812, 455, 990, 120], np.int32)
    return PolypharmacyScore(), (Tensor(meds),)
