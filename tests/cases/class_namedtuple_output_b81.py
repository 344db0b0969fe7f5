# case: a detection head returning a collections.namedtuple (logits, boxes) built inside construct, a common port of torchvision-style outputs; STRICT rejects the namedtuple call on non-constant tensors, LAX handles it through the interpreter fallback and the result is reported dynamic
from collections import namedtuple

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DetectionOutput = namedtuple("DetectionOutput", ["logits", "pred_boxes"])


class DetrHead(nn.Cell):
    def __init__(self, hidden=8, num_classes=5):
        super().__init__()
        self.class_embed = nn.Dense(hidden, num_classes + 1)
        self.bbox_embed = nn.SequentialCell([
            nn.Dense(hidden, hidden), nn.ReLU(), nn.Dense(hidden, 4),
        ])

    def construct(self, decoder_output):
        logits = self.class_embed(decoder_output)
        boxes = ops.sigmoid(self.bbox_embed(decoder_output))
        return DetectionOutput(logits, boxes)


def make():
    x = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    return DetrHead(), (x,)


if __name__ == "__main__":
    net, args = make()
    out = net(*args)
    print(out.logits.shape, out.pred_boxes.shape)
