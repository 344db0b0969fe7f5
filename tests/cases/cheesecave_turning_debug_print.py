# case: wheel turning scheduler prints an f-string with the mean due day of the tensor while computing the turn order -> print of f-string with tensor in construct, expect Graph mode to reject or warn
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TurnOrder(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, due_day, wheel_weight):
        # heavy wheels first on the same day
        priority = due_day.astype(ms.float32) * 100.0 - wheel_weight
        if self.verbose:
            print(f"mean due day {due_day.astype(ms.float32).mean()} for {due_day.shape[0]} wheels")
        _, order = ops.sort(priority)
        return order


def make():
    np.random.seed(3225)
    due = np.random.randint(0, 5, 16).astype(np.int32)
    weight = np.random.uniform(2, 40, 16).astype(np.float32)
    return TurnOrder(), (Tensor(due), Tensor(weight))
