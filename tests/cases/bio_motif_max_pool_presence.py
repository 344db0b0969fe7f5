# case: multi-motif detector that max-pools conv scores over positions and flags motif presence with a threshold comparison -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotifBank(nn.Cell):
    def __init__(self, n_motifs=5, motif_len=6):
        super().__init__()
        self.conv = nn.Conv1d(4, n_motifs, motif_len, pad_mode="same", has_bias=True)
        self.pool = nn.MaxPool1d(kernel_size=4, stride=4)

    def construct(self, onehot):
        return self.pool(ops.relu(self.conv(onehot)))


class PresenceClassifier(nn.Cell):
    def __init__(self, n_motifs=5, threshold=0.2):
        super().__init__()
        self.bank = MotifBank(n_motifs)
        self.threshold = threshold
        self.head = nn.Dense(2 * n_motifs, 1)

    def construct(self, onehot):
        pooled = self.bank(onehot)
        best = pooled.max(axis=-1)
        present = (best > self.threshold).astype(ms.float32)
        feats = ops.concat((best, present), axis=-1)
        return ops.sigmoid(self.head(feats)).squeeze(-1)


def make():
    np.random.seed(37)
    seq = np.random.randint(0, 4, size=(2, 32))
    onehot = np.eye(4, dtype=np.float32)[seq].transpose(0, 2, 1)
    return PresenceClassifier(), (Tensor(onehot),)
