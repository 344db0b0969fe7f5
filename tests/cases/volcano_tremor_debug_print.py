# case: print a constant status string and the frequency-index tensor while classifying tremor frames -> plain print of a string and a tensor, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TremorClassifierLog(nn.Cell):
    def __init__(self, n_feat=12, n_classes=3, verbose=True):
        super().__init__()
        self.fc1 = nn.Dense(n_feat, 16)
        self.fc2 = nn.Dense(16, n_classes)
        self.act = nn.ReLU()
        self.verbose = verbose

    def construct(self, spectra):
        lf = spectra[:, :4].mean()
        hf = spectra[:, 8:].mean()
        ratio = lf / (hf + 1e-6)
        if self.verbose:
            print("frequency index LF/HF:", ratio)
        return self.fc2(self.act(self.fc1(spectra)))


def make():
    np.random.seed(142)
    spectra = Tensor(np.abs(np.random.randn(10, 12)).astype(np.float32))
    return TremorClassifierLog(), (spectra,)
