# case: a model that binds `outputs` only under `if return_dict:` and returns it unconditionally, called with return_dict=False, so the name is unbound on the taken path; expected compile error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequenceClassifier(nn.Cell):
    def __init__(self, hidden=8, num_labels=3):
        super().__init__()
        self.pre = nn.Dense(hidden, hidden)
        self.classifier = nn.Dense(hidden, num_labels)

    def construct(self, hidden_states, labels=None, return_dict=True):
        pooled = ops.tanh(self.pre(hidden_states[:, 0]))
        logits = self.classifier(pooled)
        loss = None
        if labels is not None:
            loss = ops.cross_entropy(logits, labels)
        if return_dict:
            outputs = {"loss": loss, "logits": logits}
        elif loss is not None:
            outputs = (loss, logits)
        return outputs


def make():
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return SequenceClassifier(), (x, None, False)


if __name__ == "__main__":
    net, args = make()
    print(net(*args))
