# case: DeeBERT-style early exit stops the layer loop when entropy.item() drops below a threshold -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExitHighway(nn.Cell):
    def __init__(self, hidden, num_labels):
        super().__init__()
        self.pooler = nn.Dense(hidden, hidden)
        self.classifier = nn.Dense(hidden, num_labels)

    def construct(self, h):
        return self.classifier(ops.tanh(self.pooler(h[:, 0])))


class EarlyExitEncoder(nn.Cell):
    def __init__(self, hidden=16, num_layers=4, num_labels=3, entropy_threshold=0.9):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(hidden, hidden) for _ in range(num_layers)])
        self.highways = nn.CellList([ExitHighway(hidden, num_labels) for _ in range(num_layers)])
        self.entropy_threshold = entropy_threshold

    def entropy(self, logits):
        p = ops.softmax(logits, -1)
        return -(p * ops.log(p + 1e-9)).sum(-1)

    def construct(self, hidden_states):
        logits = None
        for layer, highway in zip(self.layers, self.highways):
            hidden_states = ops.relu(layer(hidden_states)) + hidden_states
            logits = highway(hidden_states)
            if self.entropy(logits).max().item() < self.entropy_threshold:
                break
        return logits


def make():
    np.random.seed(5)
    x = np.random.randn(2, 5, 16).astype(np.float32)
    return EarlyExitEncoder(), (Tensor(x),)
