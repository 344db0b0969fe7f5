# case: a span extractor that gets active token positions with ops.nonzero on a label mask and gathers those rows, so the number of rows is data-dependent and the shape should be dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanHead(nn.Cell):
    def __init__(self, hidden=8, num_labels=3):
        super().__init__()
        self.classifier = nn.Dense(hidden, num_labels)
        self.ignore_index = -100

    def construct(self, sequence_output, labels):
        hidden = sequence_output.shape[-1]
        flat = sequence_output.reshape(-1, hidden)
        flat_labels = labels.reshape(-1)
        active = ops.nonzero(flat_labels != self.ignore_index)
        active = active.squeeze(-1)
        picked = ops.gather(flat, active, 0)
        logits = self.classifier(picked)
        picked_labels = ops.gather(flat_labels, active, 0)
        return logits, picked_labels


def make():
    so = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    lab = np.random.randint(0, 3, size=(2, 5)).astype(np.int32)
    lab[0, 3:] = -100
    return SpanHead(), (so, Tensor(lab))
