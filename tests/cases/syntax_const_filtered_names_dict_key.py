# case: a list comprehension keeps the sensor names a Python test passes; each keys a dict in construct: constants, static
import numpy as np
from mindspore import nn, ops, Tensor

NAMES = ("inlet", "outlet", "bypass")


class Report(nn.Cell):
    def construct(self, readings):
        active = [name for name in NAMES if name != "bypass"]
        table = {}
        for i, name in enumerate(active):
            table[name] = readings[i] * 2.0
        return table["inlet"] + table["outlet"]


def make():
    return Report(), (Tensor(np.array([0.9, 0.2, 0.7], np.float32)),)
