# case: when total network stock is below threshold an emergency order row is concatenated onto the order plan, otherwise the plan is returned as is -> branches with different shapes on a tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrderPlanner(nn.Cell):
    def __init__(self, network_min=300.0, emergency_qty=50.0):
        super().__init__()
        self.network_min = network_min
        self.emergency_qty = emergency_qty

    def base_plan(self, stock, target):
        return ops.clamp(target - stock, min=0.0)

    def construct(self, stock, target):
        plan = self.base_plan(stock, target)
        if stock.sum() < self.network_min:
            emergency = ops.full((1, plan.shape[1]), self.emergency_qty, dtype=ms.float32)
            plan = ops.cat((plan, emergency), axis=0)
        return plan


def make():
    np.random.seed(16)
    stock = Tensor(np.random.uniform(0, 40, size=(4, 6)).astype(np.float32))
    target = Tensor(np.full((4, 6), 30.0, dtype=np.float32))
    return OrderPlanner(), (stock, target)
