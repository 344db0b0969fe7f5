# case: maps the predicted sign id to a gloss string through a Python dict indexed by int(argmax) inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


GLOSSES = {0: "HELLO", 1: "THANK-YOU", 2: "PLEASE", 3: "YES", 4: "NO"}


class GlossPredictor(nn.Cell):
    def __init__(self, in_dim=42, vocab=5):
        super().__init__()
        self.fc = nn.Dense(in_dim, vocab)
        self.glosses = GLOSSES

    def construct(self, keypoints):
        t = keypoints.shape[0]
        logits = self.fc(keypoints.reshape(t, -1)).mean(axis=0)
        best = int(ops.argmax(logits))
        gloss = self.glosses[best]
        return logits, gloss


def make():
    np.random.seed(22)
    kp = Tensor(np.random.randn(7, 21, 2).astype(np.float32))
    return GlossPredictor(), (kp,)
