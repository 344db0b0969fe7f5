# case: a PABEE-style early-exit encoder that loops over layers and breaks out of the for loop when a tensor confidence exceeds a threshold; output shape is the same on every path, expected to compile (static) despite the data-dependent break
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyExitEncoder(nn.Cell):
    def __init__(self, hidden=8, num_layers=4, num_labels=3, threshold=0.9):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(hidden, hidden) for _ in range(num_layers)])
        self.classifiers = nn.CellList([nn.Dense(hidden, num_labels) for _ in range(num_layers)])
        self.threshold = threshold

    def construct(self, hidden_states):
        logits = ops.zeros((hidden_states.shape[0], 3), ms.float32)
        for i in range(len(self.layers)):
            hidden_states = ops.relu(self.layers[i](hidden_states))
            logits = self.classifiers[i](hidden_states.mean(1))
            confidence = ops.softmax(logits, axis=-1).max()
            if confidence > self.threshold:
                break
        return logits


def make():
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return EarlyExitEncoder(), (x,)
