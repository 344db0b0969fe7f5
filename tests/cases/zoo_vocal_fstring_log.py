# case: vocalisation classifier that logs the predicted species score with print and an f-string formatting the tensor value -> f-string over a tensor in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesCallClassifier(nn.Cell):
    def __init__(self, n_mels=40, n_species=6, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.conv = nn.Conv1d(n_mels, 32, 3, pad_mode="same")
        self.head = nn.Dense(32, n_species)

    def construct(self, mel):
        h = ops.relu(self.conv(mel)).mean(axis=2)
        probs = ops.softmax(self.head(h), axis=-1)
        best = probs.max()
        if self.verbose:
            print(f"top species prob {best}")
        return probs


def make():
    np.random.seed(211)
    return SpeciesCallClassifier(), (Tensor(np.random.randn(2, 40, 30).astype(np.float32)),)
