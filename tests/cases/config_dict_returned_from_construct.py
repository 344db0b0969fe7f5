# case: construct builds a dict {"logits", "probs", "pred"} of tensors and returns it as the network output; dict outputs are accepted -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(8, 3)

    def construct(self, x):
        logits = self.fc(x)
        probs = ops.softmax(logits, axis=-1)
        out = {"logits": logits, "probs": probs}
        out["pred"] = probs.argmax(-1)
        return out


def make():
    return Head(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
