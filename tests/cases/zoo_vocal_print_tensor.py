# case: vocalisation classifier that logs the top species probability with print of a string constant and the tensor itself -> print of tensor is supported, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesCallClassifierLog(nn.Cell):
    def __init__(self, n_mels=40, n_species=6, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.conv = nn.Conv1d(n_mels, 32, 3, pad_mode="same")
        self.head = nn.Dense(32, n_species)

    def construct(self, mel):
        h = ops.relu(self.conv(mel)).mean(axis=2)
        probs = ops.softmax(self.head(h), axis=-1)
        if self.verbose:
            print("top species prob:", probs.max())
        return probs


def make():
    np.random.seed(212)
    return SpeciesCallClassifierLog(), (Tensor(np.random.randn(2, 40, 30).astype(np.float32)),)
