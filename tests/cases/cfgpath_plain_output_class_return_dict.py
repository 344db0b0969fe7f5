# case: classifier wraps outputs in a plain Python ModelOutput class when return_dict (default True) -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassifierOutput:
    def __init__(self, logits, hidden_states=None, loss=None):
        self.logits = logits
        self.hidden_states = hidden_states
        self.loss = loss

    def to_tuple(self):
        return tuple(v for v in (self.loss, self.logits, self.hidden_states) if v is not None)


class SimpleClassifier(nn.Cell):
    def __init__(self, in_dim=10, hidden=16, num_classes=3, return_dict=True,
                 output_hidden_states=False):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU()])
        self.classifier = nn.Dense(hidden, num_classes)
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states

    def construct(self, x):
        hidden = self.encoder(x)
        logits = self.classifier(hidden)
        states = hidden if self.output_hidden_states else None
        if not self.return_dict:
            return (logits,)
        out = ClassifierOutput(logits, hidden_states=states)
        return out.logits


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(2, 10).astype(np.float32))
    return SimpleClassifier(), (x,)
