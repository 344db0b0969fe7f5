# case: classifier returns a HuggingFace-style plain Python ModelOutput object built in construct -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequenceClassifierOutput:
    def __init__(self, loss=None, logits=None, hidden_states=None):
        self.loss = loss
        self.logits = logits
        self.hidden_states = hidden_states

    def to_tuple(self):
        return tuple(v for v in (self.loss, self.logits, self.hidden_states) if v is not None)


class TinySequenceClassifier(nn.Cell):
    def __init__(self, in_dim=10, hidden=16, num_labels=4, output_hidden_states=False):
        super().__init__()
        self.encoder = nn.SequentialCell(nn.Dense(in_dim, hidden), nn.GELU(), nn.Dense(hidden, hidden))
        self.dropout = nn.Dropout(p=0.1)
        self.classifier = nn.Dense(hidden, num_labels)
        self.output_hidden_states = output_hidden_states
        self.loss_fct = nn.CrossEntropyLoss()

    def construct(self, features, labels=None):
        hidden = self.encoder(features)
        pooled = hidden.mean(1)
        logits = self.classifier(self.dropout(pooled))
        loss = None
        if labels is not None:
            loss = self.loss_fct(logits, labels)
        output = SequenceClassifierOutput(loss=loss, logits=logits)
        if self.output_hidden_states:
            output.hidden_states = hidden
        return output.to_tuple()


def make():
    np.random.seed(11)
    feats = np.random.randn(3, 5, 10).astype(np.float32)
    labels = np.array([0, 3, 1], dtype=np.int32)
    return TinySequenceClassifier(), (Tensor(feats), Tensor(labels))
