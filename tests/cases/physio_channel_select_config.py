# case: pick a montage subset of EEG channels given as a Python list of indices in the constructor (constant gather), then bipolar re-reference -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MONTAGE = {"Fp1": 0, "Fp2": 1, "C3": 2, "C4": 3, "O1": 4, "O2": 5, "Cz": 6}


class BipolarMontage(nn.Cell):
    def __init__(self, pairs=(("Fp1", "C3"), ("Fp2", "C4"), ("C3", "O1"), ("C4", "O2"))):
        super().__init__()
        self.anode = Tensor([MONTAGE[a] for a, _ in pairs], ms.int32)
        self.cathode = Tensor([MONTAGE[c] for _, c in pairs], ms.int32)

    def construct(self, eeg):
        # eeg: (batch, n_channels, n_times)
        a = ops.gather(eeg, self.anode, 1)
        c = ops.gather(eeg, self.cathode, 1)
        return a - c


def make():
    np.random.seed(26)
    eeg = np.random.randn(2, 7, 50).astype(np.float32)
    return BipolarMontage(), (Tensor(eeg),)
