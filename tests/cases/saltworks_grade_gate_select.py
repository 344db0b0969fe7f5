# case: impurity grading CNN for harvested salt photos, with food-grade/industrial routing decided per sample by a three-argument ops.select on the insoluble-matter probability -> fixed shapes, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def conv_block(cin, cout):
    return nn.SequentialCell([
        nn.Conv2d(cin, cout, 3, pad_mode="same"),
        nn.BatchNorm2d(cout),
        nn.ReLU(),
        nn.MaxPool2d(2, 2),
    ])


class ImpurityGrader(nn.Cell):
    def __init__(self, widths=(3, 8, 16, 32), n_grades=4, food_grade_limit=0.3):
        super().__init__()
        blocks = [conv_block(widths[i], widths[i + 1]) for i in range(len(widths) - 1)]
        self.backbone = nn.SequentialCell(blocks)
        self.head = nn.Dense(widths[-1], n_grades)
        self.limit = food_grade_limit

    def construct(self, photos):
        f = self.backbone(photos).mean(axis=(2, 3))
        probs = ops.softmax(self.head(f), axis=-1)
        insoluble = probs[:, -1]
        food_line = ops.ones_like(insoluble)
        industrial_line = ops.zeros_like(insoluble)
        route = ops.select(insoluble < self.limit, food_line, industrial_line)
        return probs, route


def make():
    np.random.seed(57)
    photos = Tensor(np.random.rand(4, 3, 32, 32).astype(np.float32))
    net = ImpurityGrader()
    net.set_train(False)
    return net, (photos,)
