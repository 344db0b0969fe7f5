# case: loops over the three reading frames and appends a frame's ORF score only when its start-codon count tensor is positive -> list length depends on tensor values, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

A, C, G, T = 0, 1, 2, 3


class FrameScanner(nn.Cell):
    def __init__(self, seq_len=30):
        super().__init__()
        self.n_codons = (seq_len - 2) // 3

    def frame_codons(self, seq, frame):
        return seq[frame:frame + self.n_codons * 3].reshape(self.n_codons, 3)

    def construct(self, seq):
        frame_scores = []
        for frame in range(3):
            cod = self.frame_codons(seq, frame)
            starts = ((cod[:, 0] == A) & (cod[:, 1] == T) & (cod[:, 2] == G)).astype(ms.float32)
            if starts.sum() > 0:
                frame_scores.append(starts.sum() / self.n_codons)
        if len(frame_scores) == 0:
            return Tensor(0.0, ms.float32)
        return ops.stack(frame_scores).max()


def make():
    np.random.seed(21)
    seq = np.random.randint(0, 4, size=(30,)).astype(np.int32)
    seq[4:7] = [A, T, G]
    return FrameScanner(seq_len=30), (Tensor(seq),)
