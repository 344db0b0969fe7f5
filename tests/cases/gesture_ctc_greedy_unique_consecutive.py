# case: CTC greedy decoding that collapses repeated frame labels with unique_consecutive and drops blanks by boolean indexing -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCGreedyDecoder(nn.Cell):
    def __init__(self, blank=0):
        super().__init__()
        self.blank = blank

    def construct(self, log_probs):
        # log_probs: (T, C) for a single signer clip
        best = ops.argmax(log_probs, dim=-1)
        collapsed = ops.unique_consecutive(best)
        tokens = collapsed[collapsed != self.blank]
        return tokens


class SignRecognizer(nn.Cell):
    def __init__(self, in_dim=42, vocab=6):
        super().__init__()
        self.frame_fc = nn.Dense(in_dim, vocab)
        self.log_softmax = nn.LogSoftmax(axis=-1)
        self.decoder = CTCGreedyDecoder(blank=0)

    def construct(self, keypoints):
        t = keypoints.shape[0]
        logits = self.frame_fc(keypoints.reshape(t, -1))
        return self.decoder(self.log_softmax(logits))


def make():
    np.random.seed(6)
    kp = Tensor(np.random.randn(18, 21, 2).astype(np.float32))
    return SignRecognizer(), (kp,)
