# case: build a plain Python AlertRecord object inside construct, fill in its fields from tensors and return it to the caller -> custom Python object created and returned from graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertRecord:
    def __init__(self, window_id):
        self.window_id = window_id
        self.severity = None
        self.top_host = None
        self.tags = []

    def add_tag(self, tag):
        self.tags.append(tag)


class WindowAlertBuilder(nn.Cell):
    def __init__(self, num_features=5, window_id=0):
        super().__init__()
        self.fc = nn.Dense(num_features, 1)
        self.window_id = window_id

    def construct(self, host_feats):
        scores = ops.sigmoid(self.fc(host_feats)).squeeze(-1)
        record = AlertRecord(self.window_id)
        record.severity = scores.max()
        record.top_host = scores.argmax()
        record.add_tag("lateral-movement")
        return record


def make():
    np.random.seed(25)
    feats = Tensor(np.random.randn(6, 5).astype(np.float32))
    return WindowAlertBuilder(), (feats,)
