# case: chooses between two same-shaped queenless-score heads with an if on the clip loudness tensor -> static in Graph mode (control flow, no shape change)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueenlessScorer(nn.Cell):
    """Loud clips go through the roar head, quiet ones through the hum head; both give (frames, 1)."""

    def __init__(self, n_mels=16, hidden=8, loud_thr=0.9):
        super().__init__()
        self.roar_head = nn.SequentialCell([nn.Dense(n_mels, hidden), nn.ReLU(), nn.Dense(hidden, 1)])
        self.hum_head = nn.Dense(n_mels, 1)
        self.loud_thr = loud_thr

    def construct(self, mel):
        if mel.mean() > self.loud_thr:
            score = self.roar_head(mel)
        else:
            score = self.hum_head(mel)
        return ops.sigmoid(score).mean()


def make():
    np.random.seed(13)
    mel = np.abs(np.random.randn(10, 16)).astype(np.float32)
    return QueenlessScorer(), (Tensor(mel),)
