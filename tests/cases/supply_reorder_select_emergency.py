# case: emergency top-up added to every row via ops.select when network stock is low, keeping the plan shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrderPlannerSelect(nn.Cell):
    def __init__(self, network_min=300.0, emergency_qty=50.0, add_emergency=True):
        super().__init__()
        self.network_min = network_min
        self.emergency_qty = emergency_qty
        self.add_emergency = add_emergency

    def base_plan(self, stock, target):
        return ops.clamp(target - stock, min=0.0)

    def construct(self, stock, target):
        plan = self.base_plan(stock, target)
        if self.add_emergency:
            low = ops.broadcast_to(stock.sum() < self.network_min, plan.shape)
            topped = plan + self.emergency_qty / plan.shape[0]
            plan = ops.select(low, topped, plan)
        return plan


def make():
    np.random.seed(17)
    stock = Tensor(np.random.uniform(0, 40, size=(4, 6)).astype(np.float32))
    target = Tensor(np.full((4, 6), 30.0, dtype=np.float32))
    return OrderPlannerSelect(), (stock, target)
