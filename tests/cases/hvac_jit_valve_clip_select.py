# case: @ms.jit function limits reheat valve commands with ops.clamp and ops.select between heating and cooling modes -> static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

VALVE_MIN = 0.0
VALVE_MAX = 100.0


@ms.jit
def reheat_valve_command(zone_temp, heat_sp, cool_sp, kp):
    heat_err = heat_sp - zone_temp
    cool_err = zone_temp - cool_sp
    heating = heat_err > 0.0
    cmd = ops.select(heating, kp * heat_err, -kp * ops.relu(cool_err))
    return ops.clamp(cmd, VALVE_MIN - VALVE_MAX, VALVE_MAX)


def make():
    np.random.seed(38)
    temps = Tensor((19.0 + 6.0 * np.random.rand(10)).astype(np.float32))
    heat_sp = Tensor(np.full(10, 20.5, np.float32))
    cool_sp = Tensor(np.full(10, 24.0, np.float32))
    kp = Tensor(np.array(15.0, np.float32))
    return reheat_valve_command, (temps, heat_sp, cool_sp, kp)
